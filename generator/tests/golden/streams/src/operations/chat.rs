// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// The whole completion, or its chunks as they are made.
    ///
    /// `POST /chat`
    pub fn create_chat(
        &self,
        body: &crate::models::ChatRequest,
    ) -> crate::runtime::Call<'_, crate::models::Completion> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/chat",
        );
        request.json_body(body);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// [`Client::create_chat`](crate::Client::create_chat), asking for the response as `text/event-stream` and reading it while it arrives.
    pub fn create_chat_events(
        &self,
        body: &crate::models::ChatRequest,
    ) -> crate::runtime::Call<'_, crate::runtime::EventStream<crate::models::Chunk>> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/chat",
        );
        request.json_body(body);
        request.security(&[]);
        request.accept("text/event-stream");
        self.runtime
            .stream_call(
                request,
                |body, limit| crate::runtime::stream::events(
                    body,
                    limit,
                    Some("[END]"),
                    crate::runtime::stream::json::<crate::models::Chunk>,
                ),
            )
    }
    /// `POST /chat/stream`
    pub fn stream_chat(
        &self,
        body: &crate::models::ChatRequest,
    ) -> crate::runtime::Call<
        '_,
        crate::runtime::EventStream<crate::models::StreamChatEvent>,
    > {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/chat/stream",
        );
        request.json_body(body);
        request.security(&[]);
        request.accept("text/event-stream");
        self.runtime
            .stream_call(
                request,
                |body, limit| crate::runtime::stream::events(
                    body,
                    limit,
                    Some("[DONE]"),
                    crate::runtime::stream::json::<crate::models::StreamChatEvent>,
                ),
            )
    }
}
