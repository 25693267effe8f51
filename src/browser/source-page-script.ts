/**
 * The page script of source pages (_kb/page-source.js): the one every page loads
 * (./page-enhancements.ts), plus the term previews' buttons and their loading on
 * first use (./term-preview-buttons.ts). Only source pages have previews, so only
 * they carry this code; the previews' script is beside this one.
 */
import './page-enhancements.ts';
import { TERM_PREVIEWS_SCRIPT } from '../site/term-previews.ts';
import { setUpTermPreviews } from './term-preview-buttons.ts';

const here = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
document.addEventListener('DOMContentLoaded', () => setUpTermPreviews(document, new URL(`../${TERM_PREVIEWS_SCRIPT}`, here).href));
