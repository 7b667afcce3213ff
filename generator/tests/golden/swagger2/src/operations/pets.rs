// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `GET /pets`
    pub fn find_pets(
        &self,
        params: &crate::models::FindPetsParams,
    ) -> crate::runtime::Call<'_, Vec<crate::models::Pet>> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/pets",
        );
        request
            .query_param(
                "status",
                &params.status,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query_param("tags", &params.tags, crate::runtime::ParamStyle::Form, false);
        request.security(&[&[crate::client::AUTH_API_KEY]]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// `POST /pets`
    pub fn add_pet(
        &self,
        body: &crate::models::Pet,
    ) -> crate::runtime::Call<'_, crate::models::Pet> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/pets",
        );
        request.json_body(body);
        request.security(&[&[crate::client::AUTH_API_KEY]]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// `POST /pets/{petId}/image`
    pub fn upload_image(
        &self,
        pet_id: i64,
        body: Option<&crate::models::UploadImageBody>,
    ) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/pets/{petId}/image",
        );
        request.path_param("petId", &pet_id, crate::runtime::ParamStyle::Simple, false);
        if let Some(body) = body {
            let mut fields = Vec::new();
            if let Some(value) = &body.file {
                fields.push(value.to_field("file"));
            }
            if let Some(value) = &body.note {
                fields.push(crate::runtime::MultipartField::text("note", value));
            }
            request.multipart_body(fields);
        }
        request.security(&[&[crate::client::AUTH_API_KEY]]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
}
