// The badge's English strings, loaded when a badge is shown in English (zh-CN is in its bundle).
import { gradeNamesEn, listNamesEn } from '@credit-kit/contract/plain';
import { badge, common } from '../../internal/i18n/en.js';
import type { BadgeStrings } from './status-badge.js';

export const strings: BadgeStrings = { badge, common, grades: gradeNamesEn, lists: listNamesEn };
