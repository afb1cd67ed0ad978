/**
 * "Do they hire X?" when no offer mentions X: a plain no first, then the closest offer — never a
 * card that only hedges ("I find no 'backend' in it"). A question about a detail of a named offer
 * the page does not state keeps its "the announcement says nothing of it".
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Tremplin } from '../../src/assemble.js';
import { play, startTremplin } from '../support/conversation.js';

let tremplin: Tremplin;
beforeAll(async () => {
  tremplin = await startTremplin();
});
afterAll(() => tremplin.close());

describe('a kind of job no offer mentions is a plain no, then the closest offer', () => {
  it('(fr) a language no announcement names', () =>
    play(tremplin, [['Le PEReN cherche des développeurs Golang ?', { intent: 'positions', say: ["Non : je ne connais pas d'offre du PEReN qui parle de « golang »", 'La plus proche', 'front-end'], notSay: "je n'y trouve pas" }]]));

  it('(en) a specialty no announcement names', () =>
    play(tremplin, [['Does PEReN hire Kotlin developers?', { intent: 'positions', say: ['No: I know of no offer at PEReN that mentions', 'closest'], notSay: 'I find no' }]], { locale: 'en-US' }));

  it('(fr) a detail of a named offer its page does not state is still "the announcement says nothing"', () =>
    play(tremplin, [["le poste de développeur front du PEReN, il y a une prime d'équipement ?", { notSay: 'La plus proche' }]]));
});
