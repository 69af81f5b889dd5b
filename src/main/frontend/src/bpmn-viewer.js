// Shows a process diagram read-only and highlights the household's current steps.
// Markup: <div data-bpmn-viewer data-xml-url="..." data-active="Task_A,Task_B" data-done="Task_X"></div>
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

async function show(container) {
  const viewer = new NavigatedViewer({ container });
  const response = await fetch(container.dataset.xmlUrl, { credentials: 'same-origin' });
  if (!response.ok) {
    container.textContent = container.dataset.errorText || 'Diagram unavailable';
    return;
  }
  await viewer.importXML(await response.text());
  const canvas = viewer.get('canvas');
  canvas.zoom('fit-viewport');
  for (const id of (container.dataset.done || '').split(',').filter(Boolean)) {
    try { canvas.addMarker(id, 'jz-done'); } catch (e) { /* element not in this version */ }
  }
  for (const id of (container.dataset.active || '').split(',').filter(Boolean)) {
    try { canvas.addMarker(id, 'jz-active'); } catch (e) { /* element not in this version */ }
  }
  container.dataset.rendered = 'true';
}

document.querySelectorAll('[data-bpmn-viewer]').forEach((container) => {
  show(container).catch(() => {
    container.textContent = container.dataset.errorText || 'Diagram unavailable';
  });
});
