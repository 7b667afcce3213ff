// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::list_files`](crate::Client::list_files).
    pub fn list_files(
        &self,
        params: &crate::models::ListFilesParams,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListFilesResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_files(params))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_files_stream`](crate::Client::list_files_stream).
    pub fn list_files_stream<'a>(
        &'a self,
        params: &'a crate::models::ListFilesParams,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Thing> {
        crate::runtime::BlockingIter::new(self.inner.list_files_stream(params))
    }
}
