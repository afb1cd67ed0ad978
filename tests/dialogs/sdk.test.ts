import * as sdk from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import * as seam from '../../dialogs/sdk.js';

describe('the dialogs the bot loads without the SDK index', () => {
  it('are the very classes botbuilder-dialogs exports', () => {
    for (const [name, value] of Object.entries(seam)) {
      expect(value, name).toBeDefined();
      expect(value, name).toBe(sdk[name as keyof typeof sdk]);
    }
  });
});
