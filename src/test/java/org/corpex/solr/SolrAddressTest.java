package org.corpex.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.corpex.base.CorpexException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolrAddressTest {
    @Test
    void addressesNameNodesOrZooKeeper() {
        SolrAddress a = SolrAddress.parse("solr://h1:8983,10.0.0.2:8984/news");
        assertThat(a.tls()).isFalse();
        assertThat(a.urls()).containsExactly("http://h1:8983/solr", "http://10.0.0.2:8984/solr");
        assertThat(a.collection()).isEqualTo("news");
        assertThat(a).hasToString("solr://h1:8983,10.0.0.2:8984/news");
        assertThat(SolrAddress.parse("solrs://h:443/a.b-c_1/").urls()).containsExactly("https://h:443/solr");
        SolrAddress z = SolrAddress.parse("zk://z1:2181,z2:2181/solr/prod/news");
        assertThat(z.zookeeper()).isTrue();
        assertThat(z.nodes()).containsExactly("z1:2181", "z2:2181");
        assertThat(z.chroot()).isEqualTo("/solr/prod");
        assertThat(z.collection()).isEqualTo("news");
        assertThat(SolrAddress.parse("zk://z:2181/news").chroot()).isEmpty();
        assertThat(SolrAddress.looksLike("SOLR://x")).isTrue();
        assertThat(SolrAddress.looksLike("solr-archive/news")).isFalse();
    }

    @Test
    void aWrongAddressSaysWhatToWrite() {
        assertThatThrownBy(() -> SolrAddress.parse("solr://h:8983"))
                .isInstanceOf(CorpexException.class)
                .hasMessage("solr://h:8983: not a collection address; write solr://HOST:PORT/COLLECTION (solrs:// for "
                        + "TLS) or zk://HOST:PORT[/CHROOT]/COLLECTION");
        assertThatThrownBy(() -> SolrAddress.parse("solr://h/news"))
                .hasMessage("solr://h/news: 'h' is not HOST:PORT; write solr://HOST:PORT/COLLECTION");
        assertThatThrownBy(() -> SolrAddress.parse("solr://user:pw@h:8983/news"))
                .isInstanceOf(CorpexException.class);
    }

    @Test
    void credentialsComeFromTheEnvironmentOrAFile(@TempDir Path tmp) throws Exception {
        SolrAddress a = SolrAddress.parse("solr://h:8983/news");
        assertThat(SolrConnection.credentials(a, Map.of())).isNull();
        assertThat(SolrConnection.credentials(a, Map.of("CORPEX_SOLR_USER", "u", "CORPEX_SOLR_PASSWORD", "p:w")))
                .containsExactly("u", "p:w");
        assertThatThrownBy(() -> SolrConnection.credentials(a, Map.of("CORPEX_SOLR_USER", "u")))
                .hasMessage("solr://h:8983/news: CORPEX_SOLR_USER is set but CORPEX_SOLR_PASSWORD is not");
        Path f = tmp.resolve("creds");
        Files.writeString(f, "\nreader:se:cret\n");
        assertThat(SolrConnection.credentials(a, Map.of("CORPEX_SOLR_CREDENTIALS", f.toString())))
                .containsExactly("reader", "se:cret");
        Files.writeString(f, "no colon\n");
        assertThatThrownBy(() -> SolrConnection.credentials(a, Map.of("CORPEX_SOLR_CREDENTIALS", f.toString())))
                .hasMessageContaining("should hold one line USER:PASSWORD");
        assertThatThrownBy(() -> SolrConnection.credentials(
                        a, Map.of("CORPEX_SOLR_CREDENTIALS", tmp.resolve("none").toString())))
                .hasMessageContaining("cannot read the credentials file");
    }

    @Test
    void theReadLimitIsASize() {
        assertThat(Texts.limit(null)).isEqualTo(512L << 20);
        assertThat(Texts.limit("2GB")).isEqualTo(2L << 30);
        assertThat(Texts.limit("64 mb")).isEqualTo(64L << 20);
        assertThat(Texts.limit("100k")).isEqualTo(100L << 10);
        assertThatThrownBy(() -> Texts.limit("lots"))
                .hasMessage("CORPEX_SOLR_READ_LIMIT=lots: not a size; write e.g. 512MB or 2GB");
    }

    @Test
    void theConfigsetIsInTheJar() throws Exception {
        byte[] zip = SolrIndexer.configsetZip();
        List<String> names = new ArrayList<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) names.add(e.getName());
        }
        assertThat(names).containsExactly("schema.xml", "solrconfig.xml");
    }
}
