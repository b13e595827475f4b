package org.scosim.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A parser that remembers where each node starts (line and column by JSON pointer) while a tree is read from it, so
 * that a file is parsed once. Every way of advancing goes through {@link #nextToken()}: the delegate's own shortcuts
 * ({@code nextFieldName} and the like) would step the parser underneath without being seen.
 */
final class LocatingParser extends JsonParserDelegate {
    private final Map<String, int[]> locations = new HashMap<>();

    LocatingParser(JsonParser parser) {
        super(parser);
    }

    /** Line and column of the first node seen at each pointer; a container's is where it opens. */
    Map<String, int[]> locations() {
        return locations;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (t != null && t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
            JsonStreamContext context = delegate.getParsingContext();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) context = context.getParent();
            String pointer = context == null ? "" : context.pathAsPointer().toString();
            if (!locations.containsKey(pointer)) {
                JsonLocation at = delegate.currentTokenLocation();
                locations.put(pointer, new int[]{at.getLineNr(), at.getColumnNr()});
            }
        }
        return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public String nextFieldName() throws IOException {
        return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
        return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
    }

    @Override
    public String nextTextValue() throws IOException {
        return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
        return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
        return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
    }

    @Override
    public Boolean nextBooleanValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        if (currentToken() != JsonToken.START_OBJECT && currentToken() != JsonToken.START_ARRAY) return this;
        int open = 1;
        while (open > 0) {
            JsonToken t = nextToken();
            if (t == null) return this;
            if (t.isStructStart()) open++;
            else if (t.isStructEnd()) open--;
        }
        return this;
    }
}
