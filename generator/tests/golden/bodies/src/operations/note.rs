// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
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
