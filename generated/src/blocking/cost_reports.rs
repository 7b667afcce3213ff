// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::get_detailed_cost_report`](crate::Client::get_detailed_cost_report).
    pub fn get_detailed_cost_report(
        &self,
        body: &crate::models::CostReportRequest,
    ) -> crate::runtime::BlockingCall<'_, crate::models::CostReport> {
        crate::runtime::BlockingCall::new(self.inner.get_detailed_cost_report(body))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::get_detailed_cost_report_stream`](crate::Client::get_detailed_cost_report_stream).
    pub fn get_detailed_cost_report_stream<'a>(
        &'a self,
        body: &'a crate::models::CostReportRequest,
    ) -> crate::runtime::BlockingIter<'a, crate::models::CostReportResult> {
        crate::runtime::BlockingIter::new(
            self.inner.get_detailed_cost_report_stream(body),
        )
    }
    /// Blocking form of [`Client::get_aggregated_cost_report`](crate::Client::get_aggregated_cost_report).
    pub fn get_aggregated_cost_report(
        &self,
        body: &crate::models::AggregatedCostReportRequest,
    ) -> crate::runtime::BlockingCall<'_, crate::models::AggregatedCostReport> {
        crate::runtime::BlockingCall::new(self.inner.get_aggregated_cost_report(body))
    }
    /// Blocking form of [`Client::get_aggregated_monthly_cost_report`](crate::Client::get_aggregated_monthly_cost_report).
    pub fn get_aggregated_monthly_cost_report(
        &self,
        body: &crate::models::AggregatedMonthlyCostReportRequest,
    ) -> crate::runtime::BlockingCall<'_, crate::models::AggregatedMonthlyCostReport> {
        crate::runtime::BlockingCall::new(
            self.inner.get_aggregated_monthly_cost_report(body),
        )
    }
    /// Blocking form of [`Client::get_usage_report`](crate::Client::get_usage_report).
    pub fn get_usage_report(
        &self,
        body: &crate::models::UsageReportRequest,
    ) -> crate::runtime::BlockingCall<'_, crate::models::UsageReport> {
        crate::runtime::BlockingCall::new(self.inner.get_usage_report(body))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::get_usage_report_stream`](crate::Client::get_usage_report_stream).
    pub fn get_usage_report_stream<'a>(
        &'a self,
        body: &'a crate::models::UsageReportRequest,
    ) -> crate::runtime::BlockingIter<'a, crate::models::UsageReportResource> {
        crate::runtime::BlockingIter::new(self.inner.get_usage_report_stream(body))
    }
}
