// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `GET /exports/{id}/lines`
    pub fn export_lines(
        &self,
        id: &str,
    ) -> crate::runtime::Call<'_, crate::runtime::JsonStream<crate::models::Record>> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/exports/{id}/lines",
        );
        request.path_param("id", id, crate::runtime::ParamStyle::Simple, false);
        request.security(&[]);
        request.accept("application/x-ndjson");
        self.runtime
            .stream_call(
                request,
                |body, limit| crate::runtime::stream::json_lines::<
                    crate::models::Record,
                >(body, limit, Some("[END]")),
            )
    }
    /// `GET /exports/{id}/seq`
    pub fn export_seq(
        &self,
        id: &str,
    ) -> crate::runtime::Call<'_, crate::runtime::JsonStream<::serde_json::Value>> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/exports/{id}/seq",
        );
        request.path_param("id", id, crate::runtime::ParamStyle::Simple, false);
        request.security(&[]);
        request.accept("application/json-seq");
        self.runtime
            .stream_call(
                request,
                |body, limit| crate::runtime::stream::json_seq::<
                    ::serde_json::Value,
                >(body, limit, Some("[END]")),
            )
    }
}
