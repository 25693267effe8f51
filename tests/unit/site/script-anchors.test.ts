/** Which pages get their ¶/# links from the page script, and the names those links get. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ANCHOR_NOUN, QUOTED_NOUN } from '../../../src/browser/anchor-links.ts';
import { LINK_LABEL } from '../../../src/site/anchors.ts';
import { copyLabel } from '../../../src/site/copy-controls.ts';
import { anchorLinksByScript } from '../../../src/site/script-anchors.ts';

describe('script-made anchor links', () => {
  it('are the source summaries’ only: not their original texts, nor term or other pages', () => {
    assert.equal(anchorLinksByScript('sources/2018-suining-jiang-huaqiong-interview/'), true);
    for (const page of ['sources/x/text/', 'sources/', 'terms/x/', 'terms/', '', 'about/']) assert.equal(anchorLinksByScript(page), false, page);
  });

  it('have the names the build gives the links it writes, and their copy controls the names copy-links.ts gives', () => {
    const nouns: Array<[string, string]> = [
      [ANCHOR_NOUN.H2!, LINK_LABEL.heading],
      [ANCHOR_NOUN.H3!, LINK_LABEL.heading],
      [ANCHOR_NOUN.P!, LINK_LABEL.p],
      [ANCHOR_NOUN.LI!, LINK_LABEL.li],
      [ANCHOR_NOUN.TR!, LINK_LABEL.row],
      [ANCHOR_NOUN.FIGURE!, LINK_LABEL.quote],
      [QUOTED_NOUN, LINK_LABEL.q],
    ];
    for (const [noun, label] of nouns) {
      assert.equal(`链接到${noun}`, label);
      assert.equal(`复制${noun}链接`, copyLabel(label));
    }
  });
});
