package vn.dangbo.handbook;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 27 manifestations: reference data loaded by the migrations. */
@Entity
@Table(name = "manifestation")
class Manifestation {

    @Id
    private String code;
    private int groupNumber;
    private int position;
    private String wording;
    private boolean wordingConfirmed;

    protected Manifestation() {
    }

    ManifestationView toView() {
        return new ManifestationView(code, groupNumber, position, wording, wordingConfirmed);
    }
}
