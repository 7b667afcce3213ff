// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `GET /logs/tail`
    pub fn tail_logs(
        &self,
        params: &crate::models::TailLogsParams,
    ) -> crate::runtime::Call<'_, crate::runtime::EventStream<String>> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/logs/tail",
        );
        request
            .query_param("level", &params.level, crate::runtime::ParamStyle::Form, true);
        request.security(&[]);
        request.accept("text/event-stream");
        self.runtime
            .stream_call(
                request,
                |body, limit| crate::runtime::stream::events(
                    body,
                    limit,
                    Some("[END]"),
                    crate::runtime::stream::text,
                ),
            )
    }
    /// `GET /watch`
    pub fn watch_changes(
        &self,
    ) -> crate::runtime::Call<'_, crate::runtime::EventStream<crate::models::Change>> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/watch",
        );
        request.security(&[]);
        request.accept("text/event-stream");
        self.runtime
            .stream_call(
                request,
                |body, limit| crate::runtime::stream::events(
                    body,
                    limit,
                    Some("[END]"),
                    crate::runtime::stream::json::<crate::models::Change>,
                ),
            )
    }
}
