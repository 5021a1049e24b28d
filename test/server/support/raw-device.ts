/**
 * A device at the level of the wire: it takes a seat through the matchmaking request, opens
 * the WebSocket itself, keeps every frame it receives as bytes, and can send anything —
 * well-formed messages, forged ones, garbage, frames that are far too large.
 */
import { getMessageBytes, Protocol } from '@colyseus/core';
import { unpack } from '@colyseus/msgpackr';
import WebSocket from 'ws';
import { CLASS_ROOM } from '../../../src/session/protocol';

export interface RawDevice {
  frames: Buffer[];
  /** Messages the server sent this device, decoded: [type, payload]. */
  messages(): [string, unknown][];
  send(type: string, message: unknown): void;
  sendBytes(bytes: Uint8Array): void;
  /** Resolves with the close code when the server ends the connection. */
  closed: Promise<number>;
  close(): void;
}

export async function rawDevice(endpoint: string, options: Record<string, unknown>): Promise<RawDevice> {
  const res = await fetch(`${endpoint}/matchmake/joinOrCreate/${CLASS_ROOM}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(options),
  });
  const seat = (await res.json()) as { sessionId: string; roomId: string; processId: string; error?: string };
  if (!seat.sessionId) throw new Error(`no seat: ${JSON.stringify(seat)}`);
  const url = `${endpoint.replace('http', 'ws')}/${seat.processId}/${seat.roomId}?sessionId=${seat.sessionId}`;
  const socket = new WebSocket(url);
  const frames: Buffer[] = [];
  const joined = new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.on('message', (data: Buffer) => {
      frames.push(Buffer.from(data));
      // The server's first frame is JOIN_ROOM; answering it lets the server send the rest.
      if (data[0] === Protocol.JOIN_ROOM) {
        socket.send(Buffer.from([Protocol.JOIN_ROOM]));
        resolve();
      }
    });
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await joined;
  return {
    frames,
    messages: () => frames.filter((f) => f[0] === Protocol.ROOM_DATA).map(decode),
    send: (type, message) => socket.send(Buffer.from(getMessageBytes.raw(Protocol.ROOM_DATA, type, message))),
    sendBytes: (bytes) => socket.send(bytes),
    closed,
    close: () => socket.close(),
  };
}

/** A ROOM_DATA frame: the code, the type as a length-prefixed string, then msgpack. */
function decode(frame: Buffer): [string, unknown] {
  const length = frame[1] ?? 0;
  const start = 2;
  const type = frame.subarray(start, start + (length & 0x1f)).toString('utf8');
  const rest = frame.subarray(start + (length & 0x1f));
  return [type, rest.length > 0 ? unpack(rest) : undefined];
}
