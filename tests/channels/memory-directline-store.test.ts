import { MemoryDirectLineStore } from '../../src/channels/directline/memory-store.js';
import { describeDirectLineStore } from './directline-store-contract.js';

describeDirectLineStore('memory', async (options) => new MemoryDirectLineStore(options));
