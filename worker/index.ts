import { Hono } from 'hono';
const app = new Hono<{ Bindings: { KV: KVNamespace } }>();
app.get('/', async (c) => { await c.env.KV.put('x', '1'); return c.text('hi ' + (await c.env.KV.get('x'))); });
export default app;
