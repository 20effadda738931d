/**
 * The service and dashboard pages' chart: the shared lazy chart (../chart/chart.tsx), which loads ECharts after
 * the page has painted; a click on a bar or point calls `onPick` with its category and index.
 */
export { Chart as EChart, type ChartOption } from '../chart/chart.tsx';
