// Baselines for bench/live.ts, bench/presence.ts and bench/connections.ts: a bare relay with no auth, no
// validation, no database. `ws` relays every message to every client; socket.io (websocket only, as Gongdu's
// clients) relays `send` as `msg` to a room, and `join` enters a room and tells it who joined (a presence delta).
// Prints its two ports, then serves. Loaded with bench/heap-probe.cjs when the heap is measured.
import http from 'node:http';
import { Server } from 'socket.io';
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
wss.on('connection', (socket) => socket.on('message', (data) => { for (const c of wss.clients) c.send(data, { binary: false }); }));
await new Promise((r) => wss.on('listening', r));

const httpServer = http.createServer();
const io = new Server(httpServer, { serveClient: false, transports: ['websocket'] });
io.on('connection', (socket) => {
  socket.on('send', (m) => io.to(m.room).emit('msg', m));
  socket.on('join', (m, ack) => {
    socket.join(m.room);
    socket.to(m.room).emit('joined', { userId: m.userId, name: m.name });
    ack?.({ ok: true });
  });
});
await new Promise((r) => httpServer.listen(0, '127.0.0.1', r));
console.log(`ports ws ${wss.address().port} sio ${httpServer.address().port}`);
