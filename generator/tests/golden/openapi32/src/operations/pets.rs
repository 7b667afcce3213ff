// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `GET /pets`
    pub fn list_pets(
        &self,
        params: &crate::models::ListPetsParams,
    ) -> crate::runtime::Call<'_, Vec<crate::models::Pet>> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/pets",
        );
        request.query_string(&params.filter);
        request.cookie_param("session", &params.session);
        request.security(&[&[crate::client::AUTH_DEVICE]]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// A search with a body, sent with the QUERY method.
    ///
    /// `QUERY /pets`
    pub fn search_pets(
        &self,
        body: &crate::models::PetQuery,
    ) -> crate::runtime::Call<'_, Vec<crate::models::Pet>> {
        let mut request = crate::runtime::RequestSpec::with_method_name(
            "QUERY",
            "/pets",
        );
        request.json_body(body);
        request.security(&[&[crate::client::AUTH_DEVICE]]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// `GET /pets/{id}/events`
    pub fn pet_events(
        &self,
        id: i64,
    ) -> crate::runtime::Call<
        '_,
        crate::runtime::EventStream<crate::models::PetChange>,
    > {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/pets/{id}/events",
        );
        request.path_param("id", &id, crate::runtime::ParamStyle::Simple, false);
        request.security(&[&[crate::client::AUTH_DEVICE]]);
        request.accept("text/event-stream");
        self.runtime
            .stream_call(
                request,
                |body, limit| crate::runtime::stream::events(
                    body,
                    limit,
                    None,
                    crate::runtime::stream::json::<crate::models::PetChange>,
                ),
            )
    }
    /// `GET /pets/export`
    pub fn export_pets(
        &self,
    ) -> crate::runtime::Call<'_, crate::runtime::JsonStream<crate::models::Pet>> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/pets/export",
        );
        request.security(&[&[crate::client::AUTH_DEVICE]]);
        request.accept("application/jsonl");
        self.runtime
            .stream_call(
                request,
                |body, limit| crate::runtime::stream::json_lines::<
                    crate::models::Pet,
                >(body, limit, None),
            )
    }
}
