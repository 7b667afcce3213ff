// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// Get cost report resources (pay-as-you-go only)
    ///
    /// Returns one row per billed resource for the chosen period, with the usage, its cost and
    /// details of the resource. The `type` key of each row says which kind of resource it
    /// describes.
    ///
    /// - Keep the period at 31 days or less.
    /// - The report assumes that the billing plan has no active commit (pre-paid) features. With such features it is inaccurate: use the monthly totals (`getAggregatedMonthlyCostReport`), which count commit and pay-as-you-go prices.
    /// - Figures for the latest hour may be incomplete. Usage usually shows up within 24 hours, but it can take longer.
    /// - The report covers the whole account. Narrow it with `projects` and `regions` in the body; this call takes no project or region path parameters.
    /// - Pages are chosen with `offset` and `limit` in the body. `count` is the total number of matching resources, so the next page starts at `offset` plus the number of rows received, for as long as that stays below `count`.
    /// - Sort with `order_by`; the older `sorting` list is deprecated.
    /// - `response_format: csv_records` is accepted, but Gcore documents no separate response shape for it. Ask for it only on purpose and be ready to handle the raw body.
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
        request.security(&[&[crate::client::AUTH_API_KEY]]);
        request.mark_retry_safe();
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::get_detailed_cost_report`](crate::Client::get_detailed_cost_report) across all pages, as a stream. The next page starts at the previous offset plus the items received; the stream ends at the reported total. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
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
    /// Get cost report totals (pay-as-you-go only)
    ///
    /// Returns the usage and cost of the chosen period aggregated per resource type and billing
    /// metric, summed over every matching resource. The `type` key of each row says which kind
    /// of resource it describes.
    ///
    /// - Keep the period at 31 days or less.
    /// - The report assumes that the billing plan has no active commit (pre-paid) features. With such features it is inaccurate: use the monthly totals (`getAggregatedMonthlyCostReport`), which count commit and pay-as-you-go prices.
    /// - Figures for the latest hour may be incomplete. Usage usually shows up within 24 hours, but it can take longer.
    /// - The answer is not paged: every total comes in one response.
    /// - `response_format: csv_totals` is accepted, but Gcore documents no separate response shape for it. Ask for it only on purpose and be ready to handle the raw body.
    ///
    /// `POST /cloud/v1/cost_report/totals`
    pub fn get_aggregated_cost_report(
        &self,
        body: &crate::models::AggregatedCostReportRequest,
    ) -> crate::runtime::Call<'_, crate::models::AggregatedCostReport> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/cloud/v1/cost_report/totals",
        );
        request.json_body(body);
        request.security(&[&[crate::client::AUTH_API_KEY]]);
        request.mark_retry_safe();
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Get monthly cost report totals (commits and pay-as-you-go)
    ///
    /// Returns the totals of one month per resource type and billing metric. They count both
    /// commit prices and pay-as-you-go ("overcommit") prices, and the billing units spent (hours,
    /// GB and so on).
    ///
    /// - Choose the month with `year_month` (`YYYY-MM`); a month stands for all of its days. The older `time_from` and `time_to` are deprecated.
    /// - Every body field is optional.
    /// - Figures for the latest hour may be incomplete. Usage usually shows up within 24 hours, but it can take longer.
    /// - The answer is not paged: every total comes in one response.
    /// - `response_format: csv_totals` is accepted, but Gcore documents no separate response shape for it. Ask for it only on purpose and be ready to handle the raw body.
    ///
    /// `POST /cloud/v1/reservation_cost_report/totals`
    pub fn get_aggregated_monthly_cost_report(
        &self,
        body: &crate::models::AggregatedMonthlyCostReportRequest,
    ) -> crate::runtime::Call<'_, crate::models::AggregatedMonthlyCostReport> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/cloud/v1/reservation_cost_report/totals",
        );
        request.json_body(body);
        request.security(&[&[crate::client::AUTH_API_KEY]]);
        request.mark_retry_safe();
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Get usage statistics report
    ///
    /// Returns the usage of each matching resource in the chosen period (`resources`) and the
    /// usage totals per resource type and billing metric (`totals`). The report has no costs.
    ///
    /// - Figures for the latest hour may be incomplete. Usage usually shows up within 24 hours, but it can take longer.
    /// - Pages of `resources` are chosen with `offset` and `limit` in the body. `count` is the total number of matching resources, so the next page starts at `offset` plus the number of resources received, for as long as that stays below `count`.
    /// - Sort with `order_by`; the older `sorting` list is deprecated.
    /// - The answer is always JSON: there is no `response_format` and no `rounding`.
    ///
    /// `POST /cloud/v1/usage_report`
    pub fn get_usage_report(
        &self,
        body: &crate::models::UsageReportRequest,
    ) -> crate::runtime::Call<'_, crate::models::UsageReport> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/cloud/v1/usage_report",
        );
        request.json_body(body);
        request.security(&[&[crate::client::AUTH_API_KEY]]);
        request.mark_retry_safe();
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::get_usage_report`](crate::Client::get_usage_report) across all pages, as a stream. The next page starts at the previous offset plus the items received; the stream ends at the reported total. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn get_usage_report_stream<'a>(
        &'a self,
        body: &'a crate::models::UsageReportRequest,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<
            crate::models::UsageReportResource,
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
                self.get_usage_report(&body)
            },
            |response: crate::models::UsageReport| (
                response.resources,
                {
                    let total = response.count;
                    u64::try_from(total).ok()
                },
            ),
        )
    }
}
