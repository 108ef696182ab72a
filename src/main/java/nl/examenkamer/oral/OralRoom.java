package nl.examenkamer.oral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A room of an exam day; an online exam's room is its video link. */
@Entity
@Table(name = "oral_room")
public class OralRoom {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "oral_seq")
    @SequenceGenerator(name = "oral_seq", sequenceName = "oral_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "day_id")
    private OralExamDay day;

    private String name;

    @Column(name = "video_link")
    private String videoLink;

    protected OralRoom() {}

    public OralRoom(OralExamDay day, String name, String videoLink) {
        this.day = day;
        this.name = name;
        this.videoLink = videoLink;
    }

    public Long id() {
        return id;
    }

    public OralExamDay day() {
        return day;
    }

    public String name() {
        return name;
    }

    public String videoLink() {
        return videoLink;
    }

    /** Where the calendar event says it is. */
    public String whereabouts() {
        String place = day.location() + ", " + name;
        return videoLink == null || videoLink.isBlank() ? place : place + " (" + videoLink + ")";
    }
}
