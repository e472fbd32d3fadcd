// The sandbox page: a portal on the left, a virtual phone on the right, both talking to this engine's /v1 routes.
import { startPortal } from './portal.js';
import { startPhone } from './phone.js';

startPortal();
await startPhone();
