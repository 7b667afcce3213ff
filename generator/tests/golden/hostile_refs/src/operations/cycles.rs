// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `POST /cycles/{id}`
    pub fn cycles(
        &self,
        id: &str,
        params: &crate::models::CyclesParams,
        body: Option<&::serde_json::Value>,
    ) -> crate::runtime::Call<'_, ::bytes::Bytes> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/cycles/{id}",
        );
        request.path_param("id", id, crate::runtime::ParamStyle::Simple, false);
        request
            .query_param("keep", &params.keep, crate::runtime::ParamStyle::Form, true);
        if let Some(body) = body {
            request.json_body(body);
        }
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::bytes)
    }
}
