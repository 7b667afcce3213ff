// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `GET /pets/{petId}`
    pub fn get_pet(&self, pet_id: i64) -> crate::runtime::Call<'_, crate::models::Pet> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/pets/{petId}",
        );
        request.path_param("petId", &pet_id, crate::runtime::ParamStyle::Simple, false);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
}
