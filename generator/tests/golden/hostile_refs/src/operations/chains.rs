// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `PUT /chains/{id}`
    pub fn chains(
        &self,
        id: i64,
        params: &crate::models::ChainsParams,
        body: &crate::models::ChainsBody,
    ) -> crate::runtime::Call<'_, crate::models::ChainsResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::PUT,
            "/chains/{id}",
        );
        request.path_param("id", &id, crate::runtime::ParamStyle::Simple, false);
        request
            .query_param("limit", &params.limit, crate::runtime::ParamStyle::Form, true);
        request.json_body(body);
        request.security(&[]);
        self.runtime
            .call(
                request,
                |raw| match raw.status.as_u16() {
                    200u16 => {
                        crate::runtime::decode::json(raw)
                            .map(crate::models::ChainsResponse::Status200)
                    }
                    201u16 => {
                        crate::runtime::decode::bytes(raw)
                            .map(crate::models::ChainsResponse::Status201)
                    }
                    _ => {
                        crate::runtime::decode::json(raw)
                            .map(crate::models::ChainsResponse::Status200)
                    }
                },
            )
    }
}
