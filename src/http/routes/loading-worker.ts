import { parentPort } from 'node:worker_threads';
import { planShipment, loadingList, type ShipmentInput, type ShipmentOptions } from '../../modules/loading/index.ts';

// Plans run here, off the server's event loop: one message in, one plan out.
parentPort?.on('message', (msg: { id: number; input: ShipmentInput; options: ShipmentOptions }) => {
  try {
    const plan = planShipment(msg.input, msg.options);
    parentPort?.postMessage({ id: msg.id, plan, list: loadingList(plan) });
  } catch (e) {
    parentPort?.postMessage({ id: msg.id, error: { name: e instanceof Error ? e.name : 'Error', message: e instanceof Error ? e.message : String(e) } });
  }
});
