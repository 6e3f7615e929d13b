import { defineMessages } from '../../../i18n/i18n';

/** The list's compare selection (ticks and the bar above the table): on the list's first view. */
export const selectionMessages = defineMessages({
  'zh-CN': {
    compare: '对比',
    compareTwo: '对比所选的两个版本',
    selected: '已选 {count} 个版本',
    selectHint: '勾选两个版本进行对比',
    selectOneMore: '已选 {name}，再勾选一个版本即可对比',
    selectMax: '最多对比两个版本：已选 {names}。要改选 {name}，请先取消其中一个。',
    select: '选择 {name} 用于对比',
    clearSelection: '清除选择',
  },
  'en-US': {
    compare: 'Compare',
    compareTwo: 'Compare the two selected versions',
    selected: '{count} versions selected',
    selectHint: 'Tick two versions to compare them',
    selectOneMore: '{name} selected: tick one more version to compare',
    selectMax: 'Two versions at most: {names} are selected. To choose {name}, untick one of them first.',
    select: 'Select {name} to compare',
    clearSelection: 'Clear selection',
  },
});
