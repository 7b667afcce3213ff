// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `POST /form`
    pub fn submit_form(
        &self,
        body: Option<&crate::models::SubmitFormBody>,
    ) -> crate::runtime::Call<'_, String> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/form",
        );
        request.accept("text/plain");
        if let Some(body) = body {
            request.form_body(body);
        }
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::text)
    }
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
        request.multipart_body(fields);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
    /// `PUT /raw`
    pub fn put_raw(
        &self,
        body: ::bytes::Bytes,
    ) -> crate::runtime::Call<'_, ::bytes::Bytes> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::PUT,
            "/raw",
        );
        request.accept("application/pdf");
        request.bytes_body(body, "application/octet-stream");
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::bytes)
    }
    /// Documents only error statuses, so those media types are what to ask for.
    ///
    /// `GET /probe`
    pub fn probe_servlet(&self) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/probe",
        );
        request.accept("text/html");
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
    /// `POST /note`
    pub fn post_note(
        &self,
        body: String,
    ) -> crate::runtime::Call<'_, crate::models::PostNoteResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/note",
        );
        request.text_body(body, "text/plain");
        request.security(&[]);
        request.mark_retry_safe();
        self.runtime
            .call(
                request,
                |raw| match raw.status.as_u16() {
                    200u16 => {
                        crate::runtime::decode::json(raw)
                            .map(crate::models::PostNoteResponse::Status200)
                    }
                    202u16 => {
                        crate::runtime::decode::json(raw)
                            .map(crate::models::PostNoteResponse::Status202)
                    }
                    204u16 => {
                        crate::runtime::decode::empty(raw)
                            .map(|()| crate::models::PostNoteResponse::Status204)
                    }
                    _ => {
                        crate::runtime::decode::json(raw)
                            .map(crate::models::PostNoteResponse::Status200)
                    }
                },
            )
    }
}
