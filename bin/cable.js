#!/usr/bin/env node
import '../dist/cable.js';
