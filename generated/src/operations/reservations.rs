// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// List reservations
    ///
    /// Lists the account's reservations (commits) with their resource configuration and
    /// pricing: the commit prices, the pay-as-you-go ("overcommit") prices that apply beyond the
    /// commit, and the hardware of bare-metal resources.
    ///
    /// - The list is not paged: there is no `offset` or `limit`, and `count` is the number of reservations in `results`.
    /// - Prices and unit sizes are decimal strings.
    /// - This operation replaces `GET /cloud/v1/reservations` (`listReservations`), with a different model.
    ///
    /// `GET /cloud/v2/reservations`
    pub fn list_billing_reservations(
        &self,
        params: &crate::models::ListBillingReservationsParams,
    ) -> crate::runtime::Call<'_, crate::models::BillingReservationList> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/cloud/v2/reservations",
        );
        request
            .query_param(
                "metric_name",
                &params.metric_name,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query_param(
                "order_by",
                &params.order_by,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query_param(
                "region_id",
                &params.region_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query_param(
                "show_inactive",
                &params.show_inactive,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.security(&[&[crate::client::AUTH_API_KEY]]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// List reservations (v1)
    ///
    /// Returns one page of the account's commitment reservations, newest first unless
    /// `order_by` says otherwise.
    ///
    /// Pages are chosen with `offset` and `limit`. `count` in the response is the total number
    /// of matching reservations, so the next page starts at `offset` plus the number of
    /// results received, for as long as that stays below `count`.
    ///
    /// Deprecated: Gcore's current API description no longer lists this operation. It is kept
    /// for existing users; `GET /cloud/v2/reservations` (`listBillingReservations`) replaces
    /// it, with a different model and without paging.
    ///
    /// `GET /cloud/v1/reservations`
    #[deprecated]
    pub fn list_reservations(
        &self,
        params: &crate::models::ListReservationsParams,
    ) -> crate::runtime::Call<'_, crate::models::ReservationList> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/cloud/v1/reservations",
        );
        request
            .query_param(
                "activated_from",
                &params.activated_from,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query_param(
                "activated_to",
                &params.activated_to,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query_param(
                "created_from",
                &params.created_from,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query_param(
                "created_to",
                &params.created_to,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query_param(
                "deactivated_from",
                &params.deactivated_from,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query_param(
                "deactivated_to",
                &params.deactivated_to,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query_param("limit", &params.limit, crate::runtime::ParamStyle::Form, true);
        request
            .query_param(
                "metric_name",
                &params.metric_name,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query_param(
                "offset",
                &params.offset,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query_param(
                "order_by",
                &params.order_by,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query_param(
                "region_id",
                &params.region_id,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query_param(
                "status",
                &params.status,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.security(&[&[crate::client::AUTH_API_KEY]]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_reservations`](crate::Client::list_reservations) across all pages, as a stream. The next page starts at the previous offset plus the items received; the stream ends at the reported total. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    #[deprecated]
    pub fn list_reservations_stream<'a>(
        &'a self,
        params: &'a crate::models::ListReservationsParams,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Reservation, crate::runtime::Error>,
    > + Send + 'a {
        let params = params.clone();
        let start = params
            .offset
            .and_then(|offset| u64::try_from(offset).ok())
            .unwrap_or(0);
        crate::runtime::pagination::offset_stream(
            start,
            move |offset| {
                let mut params = params.clone();
                params.offset = Some(i64::try_from(offset).unwrap_or(i64::MAX));
                self.list_reservations(&params)
            },
            |response: crate::models::ReservationList| (
                response.results,
                {
                    let total = response.count;
                    u64::try_from(total).ok()
                },
            ),
        )
    }
}
