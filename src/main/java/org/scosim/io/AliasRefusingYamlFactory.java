package org.scosim.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Jackson's YAML parsers, refusing every alias ({@code *name}) as SnakeYAML reports it. Jackson does not expand
 * aliases (one reads as the anchor's name, a plain string), so an alias would silently stand for the wrong value;
 * refusing them also refuses every alias bomb. The check sits on the events the parser consumes
 * ({@link YAMLParser#getEvent()}, its hook for that), so it costs no second pass over the file and catches an alias
 * in any place, a mapping's key included.
 */
final class AliasRefusingYamlFactory extends YAMLFactory {
    AliasRefusingYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    /** The alias met, with its line and column (1-based). */
    static final class RefusedAlias extends JsonParseException {
        final String anchor;
        final int line;
        final int column;

        RefusedAlias(JsonParser p, AliasEvent alias) {
            super(p, "YAML alias *" + alias.getAnchor());
            this.anchor = alias.getAnchor();
            this.line = alias.getStartMark().getLine() + 1;
            this.column = alias.getStartMark().getColumn() + 1;
        }
    }

    @Override
    protected YAMLParser _createParser(InputStream in, IOContext ctxt) throws IOException {
        return refusing(ctxt, _createReader(in, null, ctxt));
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) {
        return refusing(ctxt, r);
    }

    @Override
    protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable) {
        return refusing(ctxt, new CharArrayReader(data, offset, len));
    }

    @Override
    protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
        return refusing(ctxt, _createReader(data, offset, len, null, ctxt));
    }

    private YAMLParser refusing(IOContext ctxt, Reader reader) {
        return new YAMLParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader) {
            @Override
            protected Event getEvent() throws IOException {
                Event e = super.getEvent();
                if (e instanceof AliasEvent alias) throw new RefusedAlias(this, alias);
                return e;
            }
        };
    }
}
