"""Text: normalized views, quotation masks, body vs boilerplate, sentences."""
