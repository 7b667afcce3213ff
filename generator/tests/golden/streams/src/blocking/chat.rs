// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::create_chat`](crate::Client::create_chat).
    pub fn create_chat(
        &self,
        body: &crate::models::ChatRequest,
    ) -> crate::runtime::BlockingCall<'_, crate::models::Completion> {
        crate::runtime::BlockingCall::new(self.inner.create_chat(body))
    }
    /// Blocking form of [`Client::create_chat_events`](crate::Client::create_chat_events); `.iter()` reads the stream.
    pub fn create_chat_events(
        &self,
        body: &crate::models::ChatRequest,
    ) -> crate::runtime::BlockingCall<
        '_,
        crate::runtime::EventStream<crate::models::Chunk>,
    > {
        crate::runtime::BlockingCall::new(self.inner.create_chat_events(body))
    }
    /// Blocking form of [`Client::stream_chat`](crate::Client::stream_chat).
    pub fn stream_chat(
        &self,
        body: &crate::models::ChatRequest,
    ) -> crate::runtime::BlockingCall<
        '_,
        crate::runtime::EventStream<crate::models::StreamChatEvent>,
    > {
        crate::runtime::BlockingCall::new(self.inner.stream_chat(body))
    }
}
