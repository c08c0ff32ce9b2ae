// The operator's keyboard shortcuts on the monitoring page; keys typed into a field are the field's.
window.amparoKeys = (function () {
    let handler = null;
    const keys = ['n', 'a', 'r', 'c', 'o', 'j', 'k', 'ArrowDown', 'ArrowUp', 'Escape'];
    return {
        attach(dotnet) {
            if (handler) { document.removeEventListener('keydown', handler); }
            handler = e => {
                const target = e.target;
                const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
                if (typing || e.ctrlKey || e.altKey || e.metaKey || !keys.includes(e.key)) { return; }
                e.preventDefault();
                dotnet.invokeMethodAsync('OnShortcut', e.key);
            };
            document.addEventListener('keydown', handler);
        },
        detach() {
            if (handler) { document.removeEventListener('keydown', handler); handler = null; }
        }
    };
})();
