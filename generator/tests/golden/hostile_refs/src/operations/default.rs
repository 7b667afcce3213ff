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
    /// `GET /unbalanced/{id`
    pub fn unbalanced_open(&self) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/unbalanced/{id",
        );
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
    /// `GET /unbalanced/id}`
    pub fn unbalanced_close(&self) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/unbalanced/id}",
        );
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
    /// `GET /doubled/{{id}}`
    pub fn doubled_braces(&self, id: &str) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/doubled/{{id}}",
        );
        request.path_param("id", id, crate::runtime::ParamStyle::Simple, false);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
    /// `GET /empty/{}`
    pub fn empty_braces(&self) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/empty/{}",
        );
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
    /// `GET /twice/{x}/{x}`
    pub fn same_param_twice(&self, x: i64) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/twice/{x}/{x}",
        );
        request.path_param("x", &x, crate::runtime::ParamStyle::Simple, false);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
    /// `GET /pair/{a}{b}`
    pub fn adjacent_params(&self, a: &str, b: &str) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/pair/{a}{b}",
        );
        request.path_param("a", a, crate::runtime::ParamStyle::Simple, false);
        request.path_param("b", b, crate::runtime::ParamStyle::Simple, false);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
    /// `GET /unicode/{ñame}/ü{`
    pub fn unicode_template(&self, ame: &str) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/unicode/{ñame}/ü{",
        );
        request.path_param("ñame", ame, crate::runtime::ParamStyle::Simple, false);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
    /// `GET /headers`
    pub fn forbidden_headers(
        &self,
        params: &crate::models::ForbiddenHeadersParams,
    ) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/headers",
        );
        request.header_param("X-Request-Id", &params.x_request_id);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
}
