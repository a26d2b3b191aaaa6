<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
    <context>
        <name />
        <message>
            <source>&amp;Present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the map full screen, stage by stage, for a room (Esc leaves)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>+ %n more</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Untitled friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frustrations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frictions met here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No friction here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it ranks here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open frictions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Critical or major</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel switches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moments of truth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hotspots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaker notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No notes for this step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walk through a persona's journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right, Down, PageDown, Space, Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left, Up, PageUp, Backspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home / End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first / last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1-9</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>go to a stage (0: the overview)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>walk through a persona's path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>friction tour, worst first (again: back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>frictions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>heatmap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>emotion curves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>speaker notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pointer highlight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>theme: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quick capture: an idea or a friction where the room points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>take back the last capture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>black / white screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>move to the other screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>leave: the editor comes back as it was</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Presenting: keys</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new map with the five classic stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;Window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import touchpoints from a spreadsheet (CSV or Excel), into a new map or this one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare &amp;With…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show what changed between this map and another version of it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the map as PDF, PNG, SVG or CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit &amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Link Tool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction &amp;Heatmap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shade each stage and lane by its friction load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About JourneyDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New from E&amp;xample</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New from &amp;Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main toolbar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnalysisPanel</name>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Analysing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the analysis worker stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Analysis failed: {message}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n hotspot(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lint finding(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n touchpoint(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Friction hotspots ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ranked by score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>score {score} · {stage}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(untitled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>severity {severity} · {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona paths</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n journey(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>(persona)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n dead end(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unreachable</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n loop(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Dead ends ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No way forward before the last stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unreachable ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No route from the journey's start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loops ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>truncated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(loop)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Channel switches</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n switch(es)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with friction</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Per stage</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n channel break(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Links ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>flagged first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage scorecard</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n friction(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Metrics (average)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frictions by severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n resolved</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Average emotion</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{average} over %n touchpoint(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Moments of truth ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lint ({count})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{rule} ({count})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <source>Evidence: {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction load {load}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion per persona, -3 to +3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A title holds at most {count} characters; the rest will be cut</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CanvasMenu</name>
        <message>
            <source>Edit title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add link from here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add touchpoint here</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaptureBar</name>
        <message>
            <source>Friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Idea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the room said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter adds it · Tab: friction or idea · Esc: close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A friction the room sees here…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An idea…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Clipboard</name>
        <message>
            <source>Cut</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Copied %n item(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Cannot paste: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to paste: the clipboard holds no map items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to paste here</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{action}: %n item(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Cannot paste: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Add persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit {fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit map details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capture friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capture idea</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a comment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New comment on: {target}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick when it is dealt with (resolved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolve comment</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <source>Persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close Comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No differences from {old}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Compared with {old}: %n change(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>moved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare with another version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journey maps (*.journey.json *.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not compare</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Journey maps (*.journey.json *.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the changes to “{name}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your changes will be lost if you don't save them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open journey map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save journey map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recover unsaved work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JourneyDesk found unsaved changes to “{title}” from {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It was last saved as {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It had not been saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open it to keep working on it, or discard the changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About JourneyDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An offline editor for customer journey maps: personas, stages, touchpoints, friction and analysis on a graph.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmotionField</name>
        <message>
            <source>-3 very negative … +3 delighted; '—' not recorded</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>PDF document (print, share)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVG drawing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV table of touchpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF slide deck (16:9, to hand out after presenting)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tabloid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona profiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage scorecards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction hotspots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Below each slide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As PDF annotations (a note icon to open)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(unnamed persona)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Persona:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portrait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit the map on one page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tile at full size across sheets (to assemble)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page &amp;size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Orientation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Margins:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sections:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the map would print too small to read, use larger paper or tile it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card titles under 6 pt: a larger paper of the same family, else full size across sheets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reproducible file (same map, same bytes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaker &amp;notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A title slide, one per stage, one per persona's path and the top hotspots, as the presentation (View &gt; Present) steps through them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> dpi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 map unit = 1 pt, as in the PDF: 72 dpi is the editor at 100 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With the friction heatmap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Resolution:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Byte-order mark (helps Excel read UTF-8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protect against spreadsheet formulas (= + - @)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where to save the export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file name must end in .{ext} for a {format} export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose at least one section to print.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export failed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to {path}. Note: {notes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileGuard</name>
        <message>
            <source>Map in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is open in another JourneyDesk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is open in JourneyDesk by {user} on {host} since {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>someone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is shared in a live session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving here too would overwrite one person's work. Open it read-only, or open a copy to edit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File changed on disk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” was changed by another program since you opened or saved it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its content differs from what you loaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overwrite it with your map, save yours under a new name, or reload it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overwrite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” was changed by another program. Reload it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read-only file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not there any more (deleted or moved); saving writes it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” was deleted or moved; Save writes it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” changed on disk; saving will ask what to do.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FrictionPage</name>
        <message>
            <source>“What the customer said…”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interview, ticket system, survey…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how many (tickets, answers…)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FrictionPanel</name>
        <message>
            <source>Friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter frictions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a friction to the selected card or link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n friction(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Select a card or link first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add friction</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not imported)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion of {persona}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSAT %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NPS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CES</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversion %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moment of truth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detect from the header row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One touchpoint per row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grid: stages across, lanes down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Layout:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The open map, “{title}” (one undo step)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import into:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV, {delimiter} separated, {encoding}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>semicolon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pipe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(CSV: one sheet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read as a grid: stage names across the first row, lane names down the first column, card texts in the cells (several cards in a cell separated by blank lines or bullets).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose which column holds the touchpoint titles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One touchpoint per row. Choose what each column holds; columns left “not imported” are skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This sheet cannot be read:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some rows cannot be imported</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be imported (listed in the dialog).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Skip them and import the other rows?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing imported:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nothing to import in this file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Import %n touchpoint(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n touchpoint(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Could not import the spreadsheet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Map details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind}: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not measured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} must be a whole number (or empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} must be a number (or empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(untitled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lanes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frictions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} ({open} open)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {low} to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {low} or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion per persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moment of truth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(unnamed stage)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(unnamed lane)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no channel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(unnamed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New channel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(unnamed persona)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion of {persona} at this touchpoint (-3 … +3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move card to another stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move card to another lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals (one per line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs (one per line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frustrations (one per line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category (or type your own)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunity (the fix)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count must be a whole number of 0 or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} (link)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} (touchpoint)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>Guest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join Live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>192.168.1.20:8765 K7QM-2X9D, or a ws:// link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions on this network:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop: {title} ({address})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the code and address the host shows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the host's address and the 8-letter code, e.g. 192.168.1.20 K7QM-2X9D</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the name the others will see.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinkDrag</name>
        <message>
            <source>Add link</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Live</name>
        <message>
            <source>The host is presenting: this session is read-only for now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LiveController</name>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The live session ended: another map was opened in this window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joined “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End Live Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share &amp;Live…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let a room of laptops edit this map with you, on this network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Join Live…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a Cop&amp;y…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave Live Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The host removed you from the session. The map here is now your own copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The host ended the session. The map here is now your own copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not join: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The live session is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not join the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save a copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved a copy as {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live session ended. The map stays here as a normal file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You left the live session. The map here is now your own copy.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Loading</name>
        <message>
            <source>Opening map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening “{name}”…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Palette</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inspector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Analysis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{percent} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (read-only)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapEditor</name>
        <message>
            <source>New touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapPage</name>
        <message>
            <source>en, id, ms…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <source>Journey map</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MultiPage</name>
        <message numerus="yes">
            <source>%n item(s) selected</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>Touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A moment where the customer meets the brand. Drop it into a cell.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A column of the journey. Drop it between stage headers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A row of the map. Drop it between lane headers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A kind of customer. Drop it anywhere on the map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A pain point. Drop it onto a card or a link.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link tool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag from one card to another to link them (L).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or press Enter to add one where the selection is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Palette</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to map</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Read-only for participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close this person's connection; they cannot join this session again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a Copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not in a live session. File &gt; Share Live… or Join Live…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(host)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(you)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>editing “{card}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline: keep editing; your changes are sent when the connection is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session is over.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Live · %n online</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>code {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read-only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonaPage</name>
        <message>
            <source>Student, small business owner…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“In their own words…”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonasPanel</name>
        <message>
            <source>Add a persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the persona (undoable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the persona's colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the persona in the inspector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New persona {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move persona</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PointDrag</name>
        <message>
            <source>Set emotion</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <source>This map has no personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme: {name}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <source>{title} — presenting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is only one screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On the card “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On the link the step is about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No card pointed at: an idea goes on the stage “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No card pointed at: an idea goes on the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Point at a card to capture a friction (Tab: an idea)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction captured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Idea captured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Z takes it back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing captured here to take back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capture taken back</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PresenterConsole</name>
        <message>
            <source>Presenter console</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No notes for this step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: {title} ({progress})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: the end of this tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{minutes}:{seconds} since the start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PresenterView</name>
        <message>
            <source>Presentation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QColorDialog</name>
        <message>
            <source>Select Color</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hu&amp;e:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sat:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Val:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Red:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Green:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bl&amp;ue:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;lpha channel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;HTML:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Basic colors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Custom colors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add to Custom Colors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pick Screen Color</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+Right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parent Directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create New Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detail View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sidebar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All Files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save As</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date Modified</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select All</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide Details...</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ignore</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>Ctrl</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Num</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backtab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Del</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SysReq</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PgUp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PgDown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Down</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select All</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Render</name>
        <message>
            <source>scale must be from 0.01 to 50 (got {scale})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dpi must be from 10 to 1200 (got {dpi})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: the image would be {width} x {height} pixels, too large; use a dpi of {dpi} or less (or export a PDF, which has no such limit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: not enough memory for a {width} x {height} pixel image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: the PNG could not be written (is the disk full?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journey map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer journey map exported by JourneyDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: the SVG could not be written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: the SVG could not be written (is the disk full?)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>Share Live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants choose File &gt; Join Live… and type this code, or scan the QR code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address: {address}:{port}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy Join Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only for participants (presenting)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Announced on this network as “Workshop: {title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not announced on the network (mDNS is off or not available): share the code.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StarterMap</name>
        <message>
            <source>Awareness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consideration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advocacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoints</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>Could not open the template</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TouchpointPage</name>
        <message>
            <source>Marketing, Sales, Support…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A moment that decides whether the customer buys or comes back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add personas to record their emotion here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowFiles</name>
        <message>
            <source>journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open the example</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy of {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{error}

Your changes are still here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{error}

Your changes are still here; try another place or name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No examples installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recent maps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear Menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not recover the map</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>card</name>
        <message>
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>the language to speak: {codes} (default: as chosen in Preferences, else the system's)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--lang needs a language: {codes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown language {code!r}; JourneyDesk speaks {codes}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cli.desktop</name>
        <message>
            <source>journeydesk: desktop integration is for Linux and other freedesktop systems; on Windows and macOS see packaging/README.md</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>journeydesk: {problem}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cli.diff</name>
        <message>
            <source>Compare two versions of a map by id: items added, removed and changed, field by field; cards moved or reordered; metric and emotion changes with their direction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The map's created and modified stamps are not compared. Exit status: 0 equal, 1 different, 2 a file could not be read (or wrong usage).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the earlier map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the later map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print JSON instead of a report</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cli.import</name>
        <message>
            <source>Import a spreadsheet (CSV or .xlsx) of touchpoints, or a grid of stages and lanes, as a map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shapes: 'long' has one touchpoint per row and a header row naming the fields (in English, Indonesian or Malay: stage/tahap/peringkat, channel/saluran, owner/pemilik, friction/hambatan...); 'grid' has stages across the first row, lanes down the first column and card texts in the cells (several cards in a cell separated by blank lines or bullets). Fields for --map: {fields}, or emotion:PERSONA. Exit status: 0 imported, 1 the file has problems, 2 wrong usage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be COLUMN=FIELD, e.g. Fase=stage (got {text})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a .csv or .xlsx file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the map to write (*.journey.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>.xlsx: the sheet to read (default: the first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read column COLUMN (its header, or a letter) as FIELD; repeatable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>default: auto-detect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import the good rows even if some rows are bad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the map's title (default: the file's name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the map's language tag, e.g. en, id, ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overwrite OUT if it exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{out}: already exists (use --force to overwrite it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: nothing to import (no rows under the header)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: column {column} not imported (name its field with --map)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>long form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>grid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{delimiter}-separated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sheet {sheet}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: imported {items} ({how}) -&gt; {out}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cli.join</name>
        <message>
            <source>Save a copy of the map of a live session (ws://HOST:PORT/journeydesk?token=CODE).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the join URL the host printed or showed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>where to save it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replace FILE if it exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seconds to wait (20)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>journeydesk join: {url}: not a ws:// URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>journeydesk join: {path} exists (use --force to replace it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no answer from the host in time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>journeydesk join: {url}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cli.merge</name>
        <message>
            <source>Merge two edited copies of a map with their common ancestor, by id and field; conflicts are listed by item and field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As a git merge driver: in .gitattributes '*.journey.json merge=journeydesk'; then git config merge.journeydesk.driver 'journeydesk merge %O %A %B -o %A --name %P'. Exit status: 0 merged, 1 conflicts left as the OURS value, 2 a file could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the common ancestor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>our edited copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>their edited copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>where to write the merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>settle conflicts with our value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>settle conflicts with their value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file's name in messages (git: %%P)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cli.new</name>
        <message>
            <source>Start a new map from a template (journeydesk new --list names them).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the template to start from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the map to write (*.journey.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list the templates and exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overwrite FILE if it exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>journeydesk new: error: give --template NAME and -o FILE (or --list)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{out}: already exists (use --force to overwrite it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{out}: new map from the template {name}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cli.serve</name>
        <message>
            <source>Host a live workshop session on the local network: participants join with the printed URL (or its code) and edit the map together; the map is saved as they go.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the map to share (saved in place)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>address to listen on (default: all)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>port (default 8765; 0: any)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the join code to use (default: a new random one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>participants may look but not edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>announce the session on the network (mDNS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>journeydesk serve: a join code needs at least 6 letters or digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>journeydesk serve: cannot listen on {host}:{port}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join code {code} · {title} · Ctrl+C ends the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session ended; {path} saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>counts</name>
        <message numerus="yes">
            <source>%n stage(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n touchpoint(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n friction(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n persona(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n channel(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>diff</name>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lanes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frictions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{friction} on {target}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>emotion ({persona})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(up {by})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(down {by})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>position: {old} -&gt; {new}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moved: {old} -&gt; {new}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} moved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} reordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{old} and {new}: no differences</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{old} -&gt; {new}: %n item(s) differ</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Map</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>emotion</name>
        <message>
            <source>very negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a little negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a little positive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>positive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delighted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <source>{field} is not a field (fields: {fields}, or emotion:PERSONA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no column {column} (the columns are: {columns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is empty: there are no rows to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has too few rows or columns to be a grid of stages and lanes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no column holds the touchpoint titles (the header row has: {columns}); name it with --map COLUMN=title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>holds cards but has no stage name above it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>holds cards but its row has no lane name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>column {column}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>emotion {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the touchpoint has no title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>row {row}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cell {cell}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is a folder, not a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a regular file (a pipe or a device?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is {size} MB; a spreadsheet to import may be at most {limit} MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no such file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>you do not have permission to read this file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be read: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is a CSV file, which has no sheets (--sheet is for .xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is an Excel 97-2003 (.xls) workbook or a password-protected one; save it as .xlsx or CSV and import that</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is {what}, not a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is already a JourneyDesk map; open it instead of importing it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not valid {encoding} text although it starts with a {encoding} mark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>looks like binary data, not a spreadsheet (import reads CSV or .xlsx files)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has more than {n} rows, more than a map can hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be read as CSV: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a quoted cell that starts on this line is never closed (a missing ")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} is not an emotion (a number from -3 to +3, or a word such as happy or kecewa)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} is not a whole number from -3 to +3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} is not yes or no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} is not an evidence status ({options})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} is not a friction status ({options})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} is not a severity (1 to 4, or minor, moderate, major, critical)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a readable .xlsx workbook (damaged, or another kind of zip file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is a zip file but not an .xlsx workbook (no xl/workbook.xml in it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unpacks to more data than a spreadsheet to import may hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has no worksheet with cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has no sheet named {name} (its sheets: {sheets})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has far more rows than a map can hold</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>io.file_state</name>
        <message>
            <source>stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lanes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>touchpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>frictions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: {here} here, {disk} on disk</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s) edited differently</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>io.load</name>
        <message>
            <source>is empty; a map file holds a JSON object {...}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Building the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{size} ({bytes} bytes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is larger than {limit}, the most a map file may be</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{bytes} bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is {size}; a map file may be at most {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is a folder, not a map file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a regular file (a pipe or a device?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no such file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>you do not have permission to read this file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}, column {column}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>holds more than {limit} objects and lists; a journey map of this size has far fewer (it is not a map, or it was damaged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>holds more than {limit} keys; a journey map of this size has far fewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is nested more than {depth} levels deep; a journey map nests only a few</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is nested too deeply to be a journey map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a number a map can hold (NaN and Infinity are not allowed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>holds a value JourneyDesk cannot read: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>holds a number with {digits} digits, far too large for a map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thousands of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a key appears twice in one object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (in the item with id {id})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the key {key} appears twice in the object that starts here{where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid JSON: the file ends inside this text value (a closing " is missing, or the file was cut off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid JSON: the file ends too early (it looks cut off: saved or copied only in part?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid JSON: a raw control character, {char}, is not allowed here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid JSON: {hint}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid JSON: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is {encoding} text; JourneyDesk maps are UTF-8 (save it again as UTF-8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not valid UTF-8 text (byte 0x{byte})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>io.recovery</name>
        <message>
            <source>an earlier session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>io.save</name>
        <message>
            <source>{path}: could not be saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: the file is read-only; save your changes under another name (Save As)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: cannot write in {folder}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: cannot be saved: it is a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: cannot be saved: it is not a regular file (a device or a pipe?)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lint</name>
        <message>
            <source>Open critical friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoint on no channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoint nobody owns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona with no touchpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction with no fix written down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>info</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Exported {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>merge</name>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>emotion ({persona})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deleted in {side}, changed in {other}; it stays deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deleted in {side}, changed in {other}; kept, with the changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: deleted on one side, but cards kept from the other are in it; kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: added or changed on one side, but its card was deleted on the other; dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: moved to different places on both sides; kept our place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: {field}: ours {ours}, theirs {theirs}; kept {kept}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>model.fields</name>
        <message>
            <source>contains a control character, {char}, which text here may not hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be one line: it contains a {char}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pdf</name>
        <message>
            <source>{frictions} ({open} open)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>card titles would print at {small} pt on {paper}: printed on {larger} instead ({size} pt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>card titles would print at {small} pt fitted on one {paper} page: tiled at full size instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No comment is recorded on this map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} not resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pres</name>
        <message>
            <source>Untitled lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>? keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{persona}: walk-through</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction tour</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>present</name>
        <message>
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No touchpoints concern {persona} yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No open frictions on this map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage {number} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>part {part} of {parts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step {number} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hotspot {number} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>worst: {severity}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>volume unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{volume} customers pass here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on {share} of the routes through the map</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>self.pres</name>
        <message>
            <source>Untitled stage</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>severity</name>
        <message>
            <source>Minor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Major</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Critical</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>slides</name>
        <message>
            <source>Exported {date} · JourneyDesk {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction hotspots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slides of a customer journey map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled friction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>being fixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In this stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How they feel here (−3 to +3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frictions here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No friction on these cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaker notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No notes for this slide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(the full notes are in the map file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona {number} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>part {part} of {parts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friction hotspots, worst first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where fixing friction matters most</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The top {shown} of %n hotspot(s); every one is in journeydesk analyze</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>score {score}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>templates</name>
        <message>
            <source>there is no template {name} (templates: {names})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>themes</name>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High contrast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <source>Minor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Major</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Critical</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
