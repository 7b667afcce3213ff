// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `GET /stores`
    pub fn list_stores(
        &self,
        params: &crate::models::ListStoresParams,
    ) -> crate::runtime::Call<'_, crate::models::ListStoresResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/stores",
        );
        request
            .query_param("kind", &params.kind, crate::runtime::ParamStyle::Form, true);
        request.security(&[]);
        self.runtime
            .call(
                request,
                |raw| match raw.status.as_u16() {
                    200u16 => {
                        crate::runtime::decode::json(raw)
                            .map(crate::models::ListStoresResponse::Status200)
                    }
                    202u16 => {
                        crate::runtime::decode::json(raw)
                            .map(crate::models::ListStoresResponse::Status202)
                    }
                    _ => {
                        crate::runtime::decode::json(raw)
                            .map(crate::models::ListStoresResponse::Status200)
                    }
                },
            )
    }
}
