// Baseline for bench/live.ts: a bare `ws` server that relays every message to every connected client — what a
// fan-out costs with no auth, no validation, no database and no socket.io framing. Prints its port, then serves.
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
wss.on('listening', () => console.log(`port ${wss.address().port}`));
wss.on('connection', (socket) => {
  socket.on('message', (data) => {
    for (const client of wss.clients) client.send(data);
  });
});
