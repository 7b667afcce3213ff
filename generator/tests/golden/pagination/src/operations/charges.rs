// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// Stripe style, detected from starting_after, has_more and the items' id.
    ///
    /// `GET /charges`
    pub fn list_charges(
        &self,
        params: &crate::models::ListChargesParams,
    ) -> crate::runtime::Call<'_, crate::models::ListChargesResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/charges",
        );
        request
            .query_param(
                "starting_after",
                &params.starting_after,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query_param("limit", &params.limit, crate::runtime::ParamStyle::Form, true);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_charges`](crate::Client::list_charges) across all pages, as a stream. Each page starts after the last item of the previous one; the stream ends on a page that says there are no more. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_charges_stream<'a>(
        &'a self,
        params: &'a crate::models::ListChargesParams,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Charge, crate::runtime::Error>,
    > + Send + 'a {
        crate::runtime::pagination::cursor_stream(
            move |cursor: Option<&String>| {
                let mut params = params.clone();
                if let Some(cursor) = cursor {
                    params.starting_after = Some(cursor.clone());
                }
                self.list_charges(&params)
            },
            |response: crate::models::ListChargesResponse| {
                let has_more = Some(response.has_more);
                let items = response.data;
                let next = items.last().map(|value| value.id.clone());
                crate::runtime::pagination::CursorPage {
                    items,
                    next,
                    has_more,
                }
            },
        )
    }
}
