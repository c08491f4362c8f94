// The dev server forwards the API and its live socket; API_PORT moves them (browser tests run a second stack).
const target = `http://127.0.0.1:${process.env.API_PORT ?? 3000}`;

export default {
  '/api': { target, secure: false, changeOrigin: false },
  '/socket.io': { target, secure: false, ws: true },
};
