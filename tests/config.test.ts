import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('config', () => {
  it('runs on embedded defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.publicUrl).toBe('http://localhost:3978');
    expect(config.knowledgeDir).toMatch(/knowledge$/);
    expect(config.microsoftApp.id).toBeUndefined();
    expect(config.recruiters.allowUnauthenticated).toBe(false);
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud' })).toThrow(/PORT[\s\S]*LOG_LEVEL/);
  });

  it('reads recruiter lists and the development flag', () => {
    const config = loadConfig({ RECRUITER_IDS: 'a, b;c', ALLOW_UNAUTHENTICATED_RECRUITERS: 'true' });
    expect(config.recruiters.ids).toEqual(['a', 'b', 'c']);
    expect(config.recruiters.allowUnauthenticated).toBe(true);
  });
});
