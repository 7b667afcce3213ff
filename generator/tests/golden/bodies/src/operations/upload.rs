// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `POST /upload`
    pub fn upload_file(
        &self,
        body: &crate::models::UploadFileBody,
    ) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/upload",
        );
        let mut fields = Vec::new();
        fields.push(body.file.to_field("file"));
        for file in body.attachments.iter().flatten() {
            fields.push(file.to_field("attachments"));
        }
        if let Some(value) = &body.title {
            fields.push(crate::runtime::MultipartField::text("title", value));
        }
        if let Some(value) = &body.meta {
            fields.push(crate::runtime::MultipartField::json("meta", value));
        }
        if let Some(value) = &body.visibility {
            fields.push(crate::runtime::MultipartField::text("visibility", value));
        }
        if let Some(value) = &body.audience {
            fields.push(crate::runtime::MultipartField::text("audience", value));
        }
        request.multipart_body(fields);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
}
