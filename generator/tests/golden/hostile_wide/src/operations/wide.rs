// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `POST /wide`
    pub fn put_wide(
        &self,
        params: &crate::models::PutWideParams,
        body: &crate::models::Wide,
    ) -> crate::runtime::Call<'_, crate::models::WideExtra> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/wide",
        );
        request.query_param("a", &params.a, crate::runtime::ParamStyle::Form, true);
        request.query_param("b", &params.b, crate::runtime::ParamStyle::Form, true);
        request.query_param("c", &params.c, crate::runtime::ParamStyle::Form, true);
        request.query_param("d", &params.d, crate::runtime::ParamStyle::Form, true);
        request.query_param("e", &params.e, crate::runtime::ParamStyle::Form, true);
        request.json_body(body);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
}
