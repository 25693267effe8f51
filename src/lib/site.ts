/** Site-wide constants. */
export const SITE_TITLE = '脱贫攻坚政策知识库';
export const SITE_TAGLINE = '精准扶贫、精准脱贫政策文本与术语的整理、摘要与检索';
