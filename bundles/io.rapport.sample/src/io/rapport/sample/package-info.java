/** The built-in sample project: a fictional company's customer interactions over more than a year. */
package io.rapport.sample;
