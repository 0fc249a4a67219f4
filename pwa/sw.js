// Postwright service worker (template). The post_build hook (scripts/precache.sh) replaces
// this file in the build output: release builds get the hashed file list and a cache name
// derived from the files' contents; debug builds get a worker that unregisters itself.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", () => self.registration.unregister());
