/**
 * Remark plugin: gives every heading a readable ASCII id (pinyin of its text),
 * so section anchors are URL-safe: 探索建立稳定脱贫长效机制 → tan-suo-jian-li-wen-ding-tuo-pin-chang-xiao.
 */
import type { Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { createSlugger, pinyinSlug } from '../text/slug.ts';

export function remarkHeadingIds() {
  return (tree: Root) => {
    const unique = createSlugger();
    visit(tree, 'heading', (node) => {
      const data = (node.data ??= {});
      const props = (data.hProperties ??= {}) as Record<string, unknown>;
      if (typeof props.id === 'string') return;
      props.id = unique(pinyinSlug(textOf(node, { includeHtml: false })) || 'section');
    });
  };
}
