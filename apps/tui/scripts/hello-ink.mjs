// Baseline for start-up: the smallest Ink app, drawing one line.
import { render, Text } from 'ink';
import { createElement } from 'react';

const app = render(createElement(Text, null, 'Hello from Ink'));
setTimeout(() => app.unmount(), 50);
