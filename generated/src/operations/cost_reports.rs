// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::should_implement_trait, clippy::wrong_self_convention)]
impl crate::Client {
    /// Get a detailed pay-as-you-go cost report per resource
    ///
    /// Returns one row per billed resource for the chosen period, with the usage, its cost and
    /// details of the resource. The `type` key of each row says which kind of resource it
    /// describes.
    ///
    /// - Keep the period at 31 days or less.
    /// - Only pay-as-you-go usage is counted. Commitment (pre-paid) pricing is left out; Gcore
    /// reports it through its separate reservation cost report.
    /// - Figures for the latest hour may be incomplete, and usage can take up to about 24 hours
    /// to show up.
    /// - The report covers the whole account. Narrow it with `projects` and `regions` in the
    /// body; this call takes no project or region path parameters.
    /// - Pages are chosen with `offset` and `limit` in the body. `count` is the total number of
    /// matching resources, so the next page starts at `offset` plus the number of rows
    /// received, for as long as that stays below `count`.
    /// - `response_format: csv_records` is accepted, but Gcore documents no separate response
    /// shape for it. Ask for it only on purpose and be ready to handle the raw body.
    ///
    /// `POST /cloud/v1/cost_report/resources`
    pub fn get_detailed_cost_report(
        &self,
        body: &crate::models::CostReportRequest,
    ) -> crate::runtime::Call<'_, crate::models::CostReport> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/cloud/v1/cost_report/resources",
        );
        request.json_body(body);
        request.security(&[crate::client::AUTH_API_KEY]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    ///Every item of [`Client::get_detailed_cost_report`](crate::Client::get_detailed_cost_report) across all pages, as a stream. The next page starts at the previous offset plus the items received; the stream ends at the reported total, on an empty page, or after yielding the first error.
    pub fn get_detailed_cost_report_stream<'a>(
        &'a self,
        body: &'a crate::models::CostReportRequest,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<
            crate::models::CostReportResult,
            crate::runtime::Error,
        >,
    > + Send + 'a {
        let body = body.clone();
        let start = body
            .offset
            .and_then(|offset| u64::try_from(offset).ok())
            .unwrap_or(0);
        crate::runtime::pagination::offset_stream(
            start,
            move |offset| {
                let mut body = body.clone();
                body.offset = Some(i64::try_from(offset).unwrap_or(i64::MAX));
                self.get_detailed_cost_report(&body)
            },
            |response: crate::models::CostReport| (
                response.results,
                {
                    let total = response.count;
                    u64::try_from(total).ok()
                },
            ),
        )
    }
}
