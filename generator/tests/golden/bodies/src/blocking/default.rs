// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::submit_form`](crate::Client::submit_form).
    pub fn submit_form(
        &self,
        body: Option<&crate::models::SubmitFormBody>,
    ) -> crate::runtime::BlockingCall<'_, String> {
        crate::runtime::BlockingCall::new(self.inner.submit_form(body))
    }
    /// Blocking form of [`Client::upload_file`](crate::Client::upload_file).
    pub fn upload_file(
        &self,
        body: &crate::models::UploadFileBody,
    ) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.upload_file(body))
    }
    /// Blocking form of [`Client::put_raw`](crate::Client::put_raw).
    pub fn put_raw(
        &self,
        body: ::bytes::Bytes,
    ) -> crate::runtime::BlockingCall<'_, ::bytes::Bytes> {
        crate::runtime::BlockingCall::new(self.inner.put_raw(body))
    }
    /// Blocking form of [`Client::probe_servlet`](crate::Client::probe_servlet).
    pub fn probe_servlet(&self) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.probe_servlet())
    }
    /// Blocking form of [`Client::post_note`](crate::Client::post_note).
    pub fn post_note(
        &self,
        body: String,
    ) -> crate::runtime::BlockingCall<'_, crate::models::PostNoteResponse> {
        crate::runtime::BlockingCall::new(self.inner.post_note(body))
    }
}
